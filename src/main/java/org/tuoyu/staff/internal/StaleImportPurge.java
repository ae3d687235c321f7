package org.tuoyu.staff.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every hour empties staff and training uploads that were checked but not confirmed within a day,
 * so the (encrypted) ID numbers they hold do not stay in the database when nobody imports again.
 */
@Component
class StaleImportPurge {

	private final StaffImportRows imports;

	StaleImportPurge(StaffImportRows imports) {
		this.imports = imports;
	}

	@Scheduled(cron = "${tuoyu.staff.import-purge-cron:0 30 * * * *}", zone = "${tuoyu.city.time-zone}")
	@Transactional
	void purge() {
		imports.discardStale();
	}
}
