package org.tuoyu.test;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every test context the shared {@link TestClock} as its primary {@link Clock}, in the
 * context's city zone: the application reads "today" from it and tests read the same day. A context that sets
 * {@code tuoyu.test.real-clock=true} (the benchmarks, which measure real time) keeps the city's
 * system clock.
 */
public class TestClockCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new TestClockCustomizer();
	}

	private static final class TestClockCustomizer implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			if (context.getEnvironment().getProperty("tuoyu.test.real-clock", Boolean.class, false)) {
				return;
			}
			ZoneId zone = context.getEnvironment().getProperty("tuoyu.city.time-zone", ZoneId.class, TestClock.CITY);
			RootBeanDefinition definition = new RootBeanDefinition(Clock.class, () -> TestClock.get().withZone(zone));
			definition.setPrimary(true);
			((BeanDefinitionRegistry) context.getBeanFactory()).registerBeanDefinition("testClock", definition);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof TestClockCustomizer;
		}

		@Override
		public int hashCode() {
			return TestClockCustomizer.class.hashCode();
		}
	}
}
