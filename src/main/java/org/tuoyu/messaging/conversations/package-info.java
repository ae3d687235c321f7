/**
 * Conversations (家园沟通): one thread per institution and child between the child's guardians and
 * the institution (its administrators and the caregivers of the child's class), and threads of an
 * institution with one guardian account about matters not tied to a child. Participants are derived
 * from the family, enrollment and staff modules when asked, never stored. Messages are text with
 * optional photos, never deleted (the sender may withdraw one for a short while), with read receipts
 * and unread counts; a guardian's message outside the institution's office hours is delivered, and
 * the staff are told at the next opening.
 */
package org.tuoyu.messaging.conversations;
