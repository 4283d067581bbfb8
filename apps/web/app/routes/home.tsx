export default function Home() {
  return <h1>ہنر</h1>;
}
