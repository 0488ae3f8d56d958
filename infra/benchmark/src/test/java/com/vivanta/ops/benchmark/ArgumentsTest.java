package com.vivanta.ops.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArgumentsTest {

    private static Map<String, String> defaults() {
        Map<String, String> defaults = new HashMap<>();
        defaults.put("base-url", null);
        defaults.put("clients", "1,4,16");
        defaults.put("warmup", "10s");
        return defaults;
    }

    @Test
    void givenOptionsWinOverDefaults() {
        Arguments arguments = Arguments.parse(new String[] {"--base-url=http://localhost:8081", "--clients=2,8"},
                                              defaults());

        assertThat(arguments.string("base-url")).isEqualTo("http://localhost:8081");
        assertThat(arguments.positiveIntegers("clients")).containsExactly(2, 8);
        assertThat(arguments.duration("warmup")).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void refusesUnknownOptionsMissingRequiredOnesAndNonsenseLevels() {
        assertThatThrownBy(() -> Arguments.parse(new String[] {"--base-url=x", "--speed=fast"}, defaults()))
                .hasMessageContaining("--speed=fast");
        assertThatThrownBy(() -> Arguments.parse(new String[] {}, defaults())).hasMessageContaining("--base-url");
        Arguments zero = Arguments.parse(new String[] {"--base-url=x", "--clients=1,0"}, defaults());
        assertThatThrownBy(() -> zero.positiveIntegers("clients")).hasMessageContaining("--clients");
    }
}
