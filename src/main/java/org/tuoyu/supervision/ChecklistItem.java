package org.tuoyu.supervision;

import java.util.Locale;

/**
 * One item of an inspection's checklist snapshot with its result.
 *
 * @param code the item's stable code in the checklist
 * @param position the item's place in the list
 * @param dimension the WS/T 821 dimension
 * @param textZh the item in Chinese, as it was when the inspection was scheduled
 * @param textEn the item in English
 * @param result the result, {@code null} until recorded
 * @param note the inspector's note
 */
public record ChecklistItem(String code, int position, ChecklistDimension dimension, String textZh, String textEn,
		ChecklistResult result, String note) {

	/** The item's text in a language (Chinese unless English is asked for). */
	public String text(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? textEn : textZh;
	}
}
