/**
 * Weekly menu (每周食谱) and weekly plan (周计划): the institution writes them per class type and week —
 * each day's meals with their dishes and main ingredients, and each day's theme, activities and
 * goals — as a draft, starts from last week's copy if it likes, and publishes them. Families read
 * the published ones of their child's class type for this week and next, with the dishes that
 * contain one of the child's allergens (from the health module) marked; the staff see today's menu of
 * a class with the children allergic to what is on it.
 */
package org.tuoyu.messaging.menus;
