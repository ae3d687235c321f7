package org.tuoyu.supervision.internal;

import java.util.Map;
import java.util.SortedMap;

/** The few pieces of canonical JSON a draw writes: strings with minimal escapes, objects of strings by key. */
final class CanonicalJson {

	private CanonicalJson() {
	}

	/** A JSON string: only the quote, the backslash and control characters (as u-escapes) are escaped. */
	static String string(String value) {
		StringBuilder json = new StringBuilder(value.length() + 2).append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '"' || c == '\\') {
				json.append('\\').append(c);
			}
			else if (c < 0x20) {
				json.append(String.format("\\u%04x", (int) c));
			}
			else {
				json.append(c);
			}
		}
		return json.append('"').toString();
	}

	/** An object of string values with keys in the map's (sorted) order. */
	static String object(SortedMap<String, String> values) {
		StringBuilder json = new StringBuilder("{");
		for (Map.Entry<String, String> entry : values.entrySet()) {
			json.append(json.length() == 1 ? "" : ",").append(string(entry.getKey())).append(':')
				.append(string(entry.getValue()));
		}
		return json.append('}').toString();
	}
}
