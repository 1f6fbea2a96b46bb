/** The search box the shell embeds (named interface "ui" on the type), the search page and the index's admin page. */
package com.siteline.search.ui;
