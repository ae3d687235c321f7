package org.tuoyu.supervision;

import java.util.List;

/** A closure case with its children, in the order they were proposed. */
public record ClosureCase(Closure closure, List<Transfer> transfers) {

	public ClosureCase {
		transfers = List.copyOf(transfers);
	}
}
