/** The communication views and dialogs, which other modules' pages may embed. */
@org.springframework.modulith.NamedInterface("ui")
package com.siteline.communication.ui;
