package com.siteline.portal;

import com.siteline.knowledge.ArticleView;
import com.siteline.knowledge.CustomerArticles;
import java.util.List;
import org.springframework.stereotype.Service;

/** The public knowledge articles of the customer's unit, read before they raise an issue ("before you raise it"). */
@Service
public class PortalArticles {

    private final CustomerArticles articles;
    private final PortalReads reads;

    PortalArticles(CustomerArticles articles, PortalReads reads) {
        this.articles = articles;
        this.reads = reads;
    }

    public List<ArticleView> list(PortalSession session) {
        return reads.read(session, () -> articles.of(session.customerId()));
    }
}
