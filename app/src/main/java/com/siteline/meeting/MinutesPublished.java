package com.siteline.meeting;

import java.util.List;

/**
 * A meeting's minutes were published, in the publishing transaction: the portal tells the customer attendees (the
 * staff attendees are notified by the meeting module itself).
 */
public record MinutesPublished(long meetingId, String title, Long projectId, List<Long> customerIds) {}
