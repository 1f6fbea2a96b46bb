/**
 * The meeting module: meetings and their minutes (会议记录) — held or planned, with attendees, agenda, minutes,
 * decisions and action items; minutes published to every attendee with each one's receipt; owners' committee minutes
 * reviewed and approved before publication; a published meeting holds its plan task and fulfils its obligation.
 * The modules it may use are declared here (every named interface of each); Spring Modulith verifies them
 * (ModularityTest), and docs/architecture.md's table lists the same.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "base",
            "customer",
            "customer :: *",
            "notification",
            "notification :: *",
            "obligation",
            "obligation :: *",
            "organization",
            "organization :: *",
            "plan",
            "plan :: *",
            "project",
            "project :: *",
            "sdk",
            "security",
            "security :: *",
            "sla",
            "sla :: *",
            "timer",
            "timer :: *"
        })
package com.siteline.meeting;
