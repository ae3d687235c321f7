package org.tuoyu.institution;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Working-day deadlines of the filing workflow and the document size limit
 * ({@code tuoyu.rules.filing.*}); defaults from 托育机构登记和备案办法.
 *
 * @param daysToFile working days the county has to file or return a submission
 * @param daysToPublish working days to notify and publish a non-compliance after filing
 * @param maxDocumentBytes the largest document accepted
 */
@ConfigurationProperties("tuoyu.rules.filing")
public record FilingRules(@DefaultValue("5") int daysToFile, @DefaultValue("15") int daysToPublish,
		@DefaultValue("10485760") long maxDocumentBytes) {
}
