/** The notification bell and its page; the bell is the one part the shell embeds (named interface "ui" on the type). */
package com.siteline.notification.ui;
