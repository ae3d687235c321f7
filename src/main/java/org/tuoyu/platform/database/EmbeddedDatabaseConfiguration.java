package org.tuoyu.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.tuoyu.platform.time.CityTimeSettings;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Starts a real PostgreSQL 17 server from the application when no external database is
 * configured, keeping its data in {@code ./data/pg} (configurable) across restarts.
 * A second instance pointed at the same directory refuses to start.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedServer embeddedPostgres(EmbeddedDatabaseProperties properties, CityTimeSettings city) throws IOException {
		return EmbeddedServer.start(properties.dataDirectory(), properties.port(), city.timeZone().getId());
	}

	@Bean
	DataSource dataSource(EmbeddedServer server) {
		HikariDataSource dataSource = DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url(server.postgres().getJdbcUrl("postgres", "postgres"))
			.username("postgres")
			.build();
		dataSource.setPoolName("tuoyu-embedded");
		return dataSource;
	}

	/** The running server together with the lock that keeps other instances off its data. */
	static final class EmbeddedServer implements AutoCloseable {

		private final EmbeddedPostgres postgres;

		private final FileChannel lockChannel;

		private final FileLock lock;

		private EmbeddedServer(EmbeddedPostgres postgres, FileChannel lockChannel, FileLock lock) {
			this.postgres = postgres;
			this.lockChannel = lockChannel;
			this.lock = lock;
		}

		static EmbeddedServer start(Path dataDirectory, int port, String timeZone) throws IOException {
			Path parent = dataDirectory.toAbsolutePath().normalize().getParent();
			Files.createDirectories(parent);
			Path lockFile = parent.resolve(dataDirectory.getFileName() + ".lock");
			FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock = tryLock(channel);
			if (lock == null) {
				channel.close();
				throw new DataDirectoryInUseException(dataDirectory);
			}
			try {
				// The library starts PostgreSQL for tests, with fsync and synchronous commit off; the
				// application's data must survive a crash, so both are switched back on.
				EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
					.setDataDirectory(dataDirectory)
					.setCleanDataDirectory(false)
					.setServerConfig("fsync", "on")
					.setServerConfig("synchronous_commit", "on")
					.setServerConfig("timezone", timeZone)
					.setLocaleConfig("encoding", "UTF8")
					.setLocaleConfig("locale", "C.UTF-8");
				if (port > 0) {
					builder.setPort(port);
				}
				return new EmbeddedServer(builder.start(), channel, lock);
			}
			catch (IOException | RuntimeException ex) {
				lock.release();
				channel.close();
				throw ex;
			}
		}

		private static FileLock tryLock(FileChannel channel) throws IOException {
			try {
				return channel.tryLock();
			}
			catch (OverlappingFileLockException ex) {
				return null;
			}
		}

		EmbeddedPostgres postgres() {
			return postgres;
		}

		@Override
		public void close() {
			try {
				postgres.close();
				lock.release();
				lockChannel.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}
}
