package org.tuoyu.platform.crypto;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the key for personal data comes from.
 *
 * @param dataKey the key, 32 bytes in Base64 ({@code TUOYU_DATA_KEY}); wins over the file
 * @param dataKeyFile the key file the embedded setup creates on first start and reads afterwards
 */
@ConfigurationProperties("tuoyu")
public record DataKeySettings(String dataKey, @DefaultValue("./data/keys/data.key") Path dataKeyFile) {
}
