/** The project views and dialogs; the photo picker other modules' dialogs embed. */
@org.springframework.modulith.NamedInterface("ui")
package com.siteline.project.ui;
