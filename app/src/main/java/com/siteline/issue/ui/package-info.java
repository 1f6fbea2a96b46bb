/** The issue views and dialogs; the workbench and the new-issue dialog are what the customer page embeds (named interface "ui" on the types). */
package com.siteline.issue.ui;
