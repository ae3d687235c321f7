/**
 * Moments (成长瞬间): photos and short notes the institution's staff post, tagged with children whose
 * guardians consented to photos (family's {@code ConsentKind.PHOTOS}). A guardian sees the moments of
 * their own children only; a child whose consent is withdrawn later disappears from every moment, and
 * those moments from the family's view — decided when read, never stored. Photos are kept without their
 * metadata (EXIF, GPS, device), each with a thumbnail, in the messaging file storage; full size only for
 * the staff who see the moment and the tagged children's guardians. The moments count in the child's
 * growth record (health's {@code GrowthRecordLinks}).
 */
package org.tuoyu.messaging.moments;
