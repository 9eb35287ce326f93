package com.nashir.admin;

import com.nashir.article.ArticleCard;
import com.nashir.frontpage.Pin;

/** A pin as the front page desk shows it: the article's card (null when it is no longer public) and the "until" field's value. */
public record FrontPinRow(Pin pin, ArticleCard card, String until) {}
