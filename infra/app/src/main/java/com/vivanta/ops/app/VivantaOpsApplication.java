package com.vivanta.ops.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Vivanta Ops: assembles the command side, the query side and the platform into one service. */
@SpringBootApplication(scanBasePackages = "com.vivanta.ops")
@EntityScan("com.vivanta.ops.query")
@EnableJpaRepositories("com.vivanta.ops.query")
@EnableScheduling
public class VivantaOpsApplication {

    public static void main(String[] args) {
        // The product never calls out unasked: Axon's update checker stays off even if configuration
        // is lost or overridden (application.yml switches it off as well).
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(VivantaOpsApplication.class, args);
    }
}
