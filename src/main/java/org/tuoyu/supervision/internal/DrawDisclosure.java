package org.tuoyu.supervision.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.institution.DisclosureSection;

/** The institution's public disclosure page lists the published double-random draws that drew it. */
@Component
class DrawDisclosure implements DisclosureSection {

	private static final int SHOWN = 8;

	private final DrawRows draws;

	private final ZoneId zone;

	DrawDisclosure(DrawRows draws, Clock clock) {
		this.draws = draws;
		this.zone = clock.getZone();
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Disclosure> of(UUID institutionId) {
		List<Line> lines = draws.drewInstitution(institutionId, SHOWN)
			.stream()
			.map(draw -> new Line("supervision.draw.disclosure.line",
					List.of(draw.planName(), draw.drawnAt().atZone(zone).toLocalDate().toString()),
					"/directory/draws/" + draw.id()))
			.toList();
		return lines.isEmpty() ? Optional.empty()
				: Optional.of(new Disclosure("disclosure-draws", "supervision.draw.disclosure.title", lines));
	}
}
