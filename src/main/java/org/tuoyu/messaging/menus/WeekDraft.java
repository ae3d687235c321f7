package org.tuoyu.messaging.menus;

import java.util.List;

/**
 * What a week's menu and plan say as the staff write them: the days with their meals' dishes and
 * plan; a day left out or empty has nothing. Saving replaces the week's content.
 */
public record WeekDraft(List<MenuDay> days) {
}
