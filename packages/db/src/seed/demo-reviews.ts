/**
 * What demo clients wrote after their orders, in the language they would write it in.
 * Picked in turn by the seed, so the same gig always gets the same reviews.
 */
export const DEMO_REVIEW_TEXTS: readonly { rating: number; comment: string }[] = [
  {
    rating: 5,
    comment: "بہت اچھا کام، وقت پر ڈیلیوری اور ہر بات تحمل سے سنی۔ دوبارہ ضرور آرڈر کروں گا۔",
  },
  {
    rating: 5,
    comment: "Excellent work, delivered a day early and understood exactly what I wanted.",
  },
  { rating: 4, comment: "کام اچھا تھا، بس ایک ترمیم میں تھوڑی دیر ہوئی۔" },
  { rating: 5, comment: "Very professional and easy to talk to. Highly recommended." },
  { rating: 5, comment: "ماشاءاللہ بہترین۔ قیمت کے حساب سے توقع سے زیادہ اچھا کام۔" },
  { rating: 4, comment: "Good quality. Communication could have been a bit faster." },
  { rating: 5, comment: "Zabardast kaam, bohat shukriya!" },
  { rating: 3, comment: "ٹھیک تھا، مگر پہلی ڈیلیوری میں کافی تبدیلیاں کروانی پڑیں۔" },
  {
    rating: 5,
    comment: "Second order with them and again perfect. Clean files and quick replies.",
  },
  { rating: 4, comment: "اچھا تجربہ رہا، شکریہ۔" },
];
