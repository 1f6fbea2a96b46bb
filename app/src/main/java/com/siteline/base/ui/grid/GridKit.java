package com.siteline.base.ui.grid;

import com.siteline.base.grid.GridStateStore;
import com.siteline.base.work.BackgroundWork;
import org.springframework.stereotype.Component;

/** What every workspace grid needs from the application: where layouts and views are kept, where exports run. */
@Component
public record GridKit(GridStateStore store, BackgroundWork work, com.siteline.base.grid.ExportRecords exports) {}
