/** The communication views and dialogs; the log dialog and its saved event are what other modules' pages embed (named interface "ui" on the types). */
package com.siteline.communication.ui;
