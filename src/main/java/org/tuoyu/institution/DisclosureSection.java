package org.tuoyu.institution;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A section another module adds to an institution's public disclosure page (信息公示), e.g. its
 * published inspection results, credit tier or quality grade. Sections are shown in
 * {@link #order()} after the institution's own facts; a section with nothing to say is left out.
 */
public interface DisclosureSection {

	/** The position among the sections, lower first. */
	int order();

	/** What this section shows for one filed institution, or empty to show nothing. */
	Optional<Disclosure> of(UUID institutionId);

	/**
	 * One section of the page.
	 * @param id the HTML id of the section's card (for links and tests)
	 * @param titleKey the message key of its heading
	 * @param lines its lines, in order
	 */
	record Disclosure(String id, String titleKey, List<Line> lines) {

		public Disclosure {
			lines = List.copyOf(lines);
		}
	}

	/**
	 * One line: a translated text with its arguments, and optionally a link.
	 * @param key the message key of the text, with {0}, {1} placeholders
	 * @param arguments the placeholder values, already formatted
	 * @param link an application path the line links to, or {@code null}
	 */
	record Line(String key, List<String> arguments, String link) {

		public Line {
			arguments = List.copyOf(arguments);
		}

		/** The arguments as the array message sources expect. */
		public Object[] argumentArray() {
			return arguments.toArray();
		}
	}
}
