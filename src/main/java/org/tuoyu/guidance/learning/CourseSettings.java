package org.tuoyu.guidance.learning;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Online classes ({@code tuoyu.guidance.courses.*}).
 *
 * @param maxVideoSize the largest video accepted (default 200MB)
 * @param completionShare the share of a video a guardian must watch for the course to count (default 0.8)
 * @param mediaDirectory where uploaded videos are kept, named by their SHA-256 (default ./data/media);
 *        with several application nodes, a directory all of them share
 */
@ConfigurationProperties("tuoyu.guidance.courses")
public record CourseSettings(@DefaultValue("200MB") DataSize maxVideoSize,
		@DefaultValue("0.8") BigDecimal completionShare, @DefaultValue("./data/media") Path mediaDirectory) {

	public CourseSettings {
		if (maxVideoSize.toBytes() < 1 || completionShare.signum() <= 0 || completionShare.compareTo(BigDecimal.ONE) > 0) {
			throw new IllegalArgumentException("tuoyu.guidance.courses has an impossible value");
		}
	}
}
