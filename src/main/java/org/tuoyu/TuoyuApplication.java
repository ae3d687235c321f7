package org.tuoyu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Tuoyu (托育): a city childcare-services platform for children under three.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TuoyuApplication {

	public static void main(String[] args) {
		SpringApplication.run(TuoyuApplication.class, args);
	}
}
