/**
 * Announcements (通知公告): an institution's notices to all its families, one class or chosen
 * families, published by its administrator (any audience) or by a caregiver (the classes assigned
 * to them). The families and their guardians are resolved when a notice is published and kept; the
 * institution sees who has read it and who has acknowledged one that asks for it, and reminds those
 * who have not with one click; guardians read their notices on the phone, unread first.
 */
package org.tuoyu.messaging.announcements;
