package org.tuoyu.platform.web;

import org.springframework.validation.BindingResult;
import org.tuoyu.platform.BusinessRuleException;

/**
 * Puts a rejected command's reason on the form it came from, so the page re-renders with the
 * message next to the field.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void reject(BindingResult form, BusinessRuleException ex) {
		if (ex.field() != null && form.getTarget() != null && hasField(form, ex.field())) {
			form.rejectValue(ex.field(), ex.messageKey(), Texts.translatable(ex.arguments()), ex.messageKey());
		}
		else {
			form.reject(ex.messageKey(), Texts.translatable(ex.arguments()), ex.messageKey());
		}
	}

	private static boolean hasField(BindingResult form, String field) {
		try {
			return form.getFieldType(field) != null;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}
}
