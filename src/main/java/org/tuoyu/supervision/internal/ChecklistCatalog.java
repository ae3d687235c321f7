package org.tuoyu.supervision.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.tuoyu.supervision.ChecklistDimension;
import org.tuoyu.supervision.ChecklistItem;
import org.tuoyu.supervision.InspectionSettings;

/**
 * The configured inspection checklist (WS/T 821 dimensions and the management rules), read once
 * from its CSV resource. Each new inspection stores a snapshot of it, so editing the file later
 * never rewrites past inspections.
 */
@Component
public class ChecklistCatalog {

	private final String version;

	private final List<ChecklistItem> items;

	public ChecklistCatalog(InspectionSettings settings) {
		String path = settings.checklist();
		String name = path.substring(path.lastIndexOf('/') + 1);
		this.version = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
		this.items = read(new ClassPathResource(path));
	}

	/** The version stored with each snapshot, e.g. {@code checklist-v1}. */
	public String version() {
		return version;
	}

	/** The items, in order, without results. */
	public List<ChecklistItem> items() {
		return items;
	}

	private static List<ChecklistItem> read(ClassPathResource resource) {
		List<ChecklistItem> read = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			lines.readLine();
			String line;
			while ((line = lines.readLine()) != null) {
				if (line.isBlank()) {
					continue;
				}
				String[] cells = line.split(",", 4);
				if (cells.length != 4 || !codes.add(cells[0].trim())) {
					throw new IllegalStateException("Bad or duplicate checklist line: " + line);
				}
				read.add(new ChecklistItem(cells[0].trim(), read.size() + 1,
						ChecklistDimension.valueOf(cells[1].trim()), cells[2].trim(), cells[3].trim(), null, null));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the checklist " + resource.getPath(), ex);
		}
		if (read.isEmpty()) {
			throw new IllegalStateException("The checklist " + resource.getPath() + " has no items");
		}
		return List.copyOf(read);
	}
}
