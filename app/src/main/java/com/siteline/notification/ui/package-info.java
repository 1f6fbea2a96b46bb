/** The notification bell, embedded by the shell's header. */
@org.springframework.modulith.NamedInterface("ui")
package com.siteline.notification.ui;
