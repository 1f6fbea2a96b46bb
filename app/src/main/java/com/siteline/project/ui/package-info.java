/** The project views and dialogs; none is embedded by another module (the photo picker and strip are the shared kernel's, base.ui). */
package com.siteline.project.ui;
