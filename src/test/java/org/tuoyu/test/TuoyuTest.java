package org.tuoyu.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The shared integration-test context: the whole application with MockMvc on its own fresh
 * PostgreSQL database, Wuxi reference data loaded and the city administrator {@code admin}
 * created with {@link #ADMIN_PASSWORD}. Tests sharing it use unique names for what they create.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = "tuoyu.admin.password=" + TuoyuTest.ADMIN_PASSWORD)
@AutoConfigureMockMvc
public @interface TuoyuTest {

	String ADMIN_PASSWORD = "Admin2026test";
}
