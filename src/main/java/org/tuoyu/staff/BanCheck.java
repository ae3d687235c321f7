package org.tuoyu.staff;

import java.util.List;

/**
 * The answer to "may this person be hired?": an institution learns only yes or no; the regulator
 * also gets the bans on record.
 */
public record BanCheck(boolean hireable, List<Ban> bans) {
}
