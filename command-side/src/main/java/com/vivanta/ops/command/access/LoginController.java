package com.vivanta.ops.command.access;

import com.vivanta.ops.platform.web.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.UUID;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/auth/login}: e-mail and password in, a signed bearer token out. */
@RestController
class LoginController {

    private final LoginService loginService;

    LoginController(LoginService loginService) {
        this.loginService = loginService;
    }

    record LoginRequest(@NotBlank @Email @Size(max = 254) String email,
                        @NotBlank @Size(max = 200) String password,
                        @Size(max = 64) String organization) {
    }

    record LoginResponse(String accessToken, String tokenType, long expiresIn, SignedInUser user) {
    }

    record SignedInUser(UUID id, UUID organizationId, String email) {
    }

    @PostMapping("/api/v1/auth/login")
    ApiResponse<LoginResponse> login(@Valid @RequestBody LoginRequest request) {
        LoginService.SignedIn signedIn = loginService.login(request.email(), request.password(),
                                                            request.organization());
        return ApiResponse.of(new LoginResponse(signedIn.token().accessToken(), "Bearer",
                                                signedIn.token().expiresIn().toSeconds(),
                                                new SignedInUser(signedIn.account().userId(),
                                                                 signedIn.account().organizationId(),
                                                                 request.email().trim().toLowerCase(Locale.ROOT))));
    }
}
