/// An operation that pages through a list.
pub trait Paginated: Operation {
    /// The type of one item.
    type Item: Send + 'static;
    /// The request for the page after `page` (its body, or for some APIs its `Link` header),
    /// or `None` at the end.
    #[doc(hidden)]
    fn next_page(&self, page: &Response<Self::Output>) -> Option<Self>;
    /// The items of a page.
    #[doc(hidden)]
    fn into_items(page: Self::Output) -> Vec<Self::Item>;
}

impl<P: Paginated> Request<P> {
    /// Every page, from this request on; a page is requested only when the stream is polled,
    /// and the stream ends at a page without items or without a next page, or after an error.
    pub fn pages(self) -> impl futures_util::Stream<Item = CallResult<P>> + Send + 'static {
        futures_util::stream::try_unfold(Some(self), |state| async move {
            let Some(request) = state else {
                return Ok(None);
            };
            let following = request.clone();
            let page = request.send().await?;
            let next = following.params.next_page(&page).map(|params| Request {
                params,
                ..following
            });
            Ok(Some((page, next)))
        })
    }

    /// Every item of every page, requesting pages as the stream is polled.
    pub fn items(
        self,
    ) -> impl futures_util::Stream<Item = Result<P::Item, CallError<P::Error>>> + Send + 'static
    {
        use futures_util::TryStreamExt as _;
        self.pages()
            .map_ok(|page| {
                futures_util::stream::iter(P::into_items(page.into_body()).into_iter().map(Ok))
            })
            .try_flatten()
    }
}

/// The cursor for the next page from what a response names: the value itself, or, when it is
/// a URL (absolute or relative) whose query carries `parameter`, that parameter's value.
pub(crate) fn next_cursor(value: &str, parameter: &str) -> String {
    if let Some((_, query)) = value.split_once('?') {
        for pair in query.split('&') {
            let (key, cursor) = pair.split_once('=').unwrap_or((pair, ""));
            if percent_encoding::percent_decode_str(key).decode_utf8_lossy() == parameter {
                return percent_encoding::percent_decode_str(cursor)
                    .decode_utf8_lossy()
                    .into_owned();
            }
        }
    }
    value.to_string()
}

/// The URL of the `rel="next"` link among the response's `Link` headers (RFC 8288).
pub(crate) fn next_link(headers: &reqwest::header::HeaderMap) -> Option<String> {
    headers
        .get_all(reqwest::header::LINK)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find_map(|value| {
            value.split(',').find_map(|link| {
                let (target, params) = link.trim().strip_prefix('<')?.split_once('>')?;
                let next = params.split(';').any(|param| {
                    let (key, relations) =
                        param.trim().split_once('=').unwrap_or((param.trim(), ""));
                    key.trim().eq_ignore_ascii_case("rel")
                        && relations
                            .trim()
                            .trim_matches('"')
                            .split_whitespace()
                            .any(|rel| rel.eq_ignore_ascii_case("next"))
                });
                next.then(|| target.to_string())
            })
        })
}
