/**
 * GA4 (and GTM) event names and the Meta standard event each one means.
 * Names not listed pass through, case-corrected when they spell a standard
 * event another way.
 */
export const GA4_TO_META: { [ga4Name: string]: string } = {
  page_view: 'PageView',
  'gtm.dom': 'PageView',
  view_item: 'ViewContent',
  search: 'Search',
  view_search_results: 'Search',
  add_to_cart: 'AddToCart',
  add_to_wishlist: 'AddToWishlist',
  begin_checkout: 'InitiateCheckout',
  add_payment_info: 'AddPaymentInfo',
  add_shipping_info: 'AddPaymentInfo',
  purchase: 'Purchase',
  generate_lead: 'Lead',
  sign_up: 'CompleteRegistration',
  contact: 'Contact',
  customize_product: 'CustomizeProduct',
  donate: 'Donate',
  find_location: 'FindLocation',
  schedule: 'Schedule',
  start_trial: 'StartTrial',
  submit_application: 'SubmitApplication',
  subscribe: 'Subscribe',
};

/** Mapped to ViewContent only when the user opts in: a list view is not a product view. */
export const VIEW_ITEM_LIST = 'view_item_list';
