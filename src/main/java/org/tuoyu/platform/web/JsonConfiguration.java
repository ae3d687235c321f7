package org.tuoyu.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tuoyu.shared.CreditCode;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.shared.PhoneNumber;
import org.tuoyu.shared.ResidentId;

import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * JSON form of the shared value types: plain strings, with resident IDs and phone numbers
 * masked (their {@code toString}).
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

	@Bean
	JacksonModule valueTypesModule() {
		SimpleModule module = new SimpleModule("tuoyu-value-types");
		module.addSerializer(DivisionCode.class, ToStringSerializer.instance);
		module.addSerializer(CreditCode.class, ToStringSerializer.instance);
		module.addSerializer(ResidentId.class, ToStringSerializer.instance);
		module.addSerializer(PhoneNumber.class, ToStringSerializer.instance);
		return module;
	}
}
