package org.tuoyu.region.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Region settings.
 *
 * @param referenceData folder with the deployment city's CSV files (divisions in china-division's
 *        format, population.csv, baseline.csv), loaded into an empty database; empty to load nothing
 * @param outline the division code whose GeoJSON outline ({@code /geo/<code>.geojson}) the map draws
 */
@ConfigurationProperties("tuoyu.region")
public record RegionProperties(@DefaultValue("classpath:region/wuxi/") String referenceData,
		@DefaultValue("3202") String outline) {
}
