/** content_type values Meta documents: products, and the vertical catalogs' item types. */
export const CONTENT_TYPES = [
  'product',
  'product_group',
  'destination',
  'flight',
  'hotel',
  'home_listing',
  'vehicle',
];

export const DELIVERY_CATEGORIES = ['in_store', 'curbside', 'home_delivery'];

export const CUSTOMER_SEGMENTS = [
  'new_customer_to_business',
  'new_customer_to_business_line',
  'new_customer_to_product_area',
  'new_customer_to_medium',
  'existing_customer_to_business',
  'existing_customer_to_business_line',
  'existing_customer_to_product_area',
  'existing_customer_to_medium',
  'customer_in_loyalty_program',
];
