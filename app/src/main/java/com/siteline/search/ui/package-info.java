/** The search box, embedded by the shell's header, the search page and the index's admin page. */
@org.springframework.modulith.NamedInterface("ui")
package com.siteline.search.ui;
