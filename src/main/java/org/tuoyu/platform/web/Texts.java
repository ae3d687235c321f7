package org.tuoyu.platform.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
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

	public String text(String key, Object... arguments) {
		Locale locale = LocaleContextHolder.getLocale();
		Object[] translated = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			translated[i] = arguments[i] instanceof String s && s.matches("[a-z][A-Za-z]*(\\.[A-Za-z_]+)+")
					? messages.getMessage(s, null, s, locale) : arguments[i];
		}
		return messages.getMessage(key, translated, key, locale);
	}
}
