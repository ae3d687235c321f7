package org.tuoyu.test;

import java.time.Instant;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Puts the {@link TestClock} back where it stood before a test that moved it, so that no test
 * runs at another test's instant. Registered for every test through
 * {@code META-INF/services} (JUnit's extension auto-detection).
 */
public class TestClockExtension implements BeforeEachCallback, AfterEachCallback {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestClockExtension.class);

	private record Before(Instant instant, long moves) {
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		context.getStore(NAMESPACE).put(Before.class, new Before(TestClock.now(), TestClock.moves()));
	}

	@Override
	public void afterEach(ExtensionContext context) {
		Before before = context.getStore(NAMESPACE).remove(Before.class, Before.class);
		if (before != null && TestClock.moves() != before.moves()) {
			TestClock.set(before.instant());
		}
	}
}
