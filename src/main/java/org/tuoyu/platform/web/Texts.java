package org.tuoyu.platform.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Translates message keys in the current request's language. Arguments that are message keys
 * themselves (e.g. {@code division.level.COUNTY}) are translated too.
 */
@Component
public class Texts {

	private final MessageSource messages;

	Texts(MessageSource messages) {
		this.messages = messages;
	}

	/** The messages of the keys, in order (for table headers). */
	public List<String> texts(String... keys) {
		return Arrays.stream(keys).map(this::text).toList();
	}

	public String text(String key, Object... arguments) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, translatable(arguments), key, locale);
	}

	/**
	 * The arguments with every message key among them wrapped so the message source translates it
	 * too, in whatever language the message is rendered.
	 */
	static Object[] translatable(Object[] arguments) {
		Object[] result = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			result[i] = arguments[i] instanceof String s && s.matches("[a-z][A-Za-z]*(\\.[A-Za-z_]+)+")
					? new DefaultMessageSourceResolvable(new String[] { s }, s) : arguments[i];
		}
		return result;
	}
}
