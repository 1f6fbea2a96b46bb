/** The customer views and dialogs; the customer dialog is the one part other modules embed (named interface "ui" on the type). */
package com.siteline.customer.ui;
