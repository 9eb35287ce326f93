package com.nashir.admin;

import com.nashir.frontpage.Pin;
import com.nashir.published.PublicCard;

/** A pin as the front page desk shows it: the article's card (null when it is no longer public) and the "until" field's value. */
public record FrontPinRow(Pin pin, PublicCard card, String until) {}
