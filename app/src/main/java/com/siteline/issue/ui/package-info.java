/** The issue views and dialogs, which other modules' pages may embed. */
@org.springframework.modulith.NamedInterface("ui")
package com.siteline.issue.ui;
