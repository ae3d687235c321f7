package org.tuoyu.supervision;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Publication of results (一公开, {@code tuoyu.supervision.publication.*}).
 *
 * @param workingDays working days after conclusion within which a result must be published
 *     (default 20, the national 双随机、一公开 guidance)
 * @param pageSize results per page of the public list (default 20)
 * @param disclosureLatest how many latest results the institution's public page shows (default 3)
 */
@ConfigurationProperties("tuoyu.supervision.publication")
public record PublicationSettings(Integer workingDays, Integer pageSize, Integer disclosureLatest) {

	public PublicationSettings {
		workingDays = workingDays == null ? 20 : workingDays;
		pageSize = pageSize == null ? 20 : pageSize;
		disclosureLatest = disclosureLatest == null ? 3 : disclosureLatest;
	}
}
