import Link from '@/components/site-link';

export default function NotFound() {
  return (
    <section className="mx-auto max-w-3xl px-6 py-24 text-center">
      <h1 className="font-heading text-4xl font-bold">Page not found</h1>
      <p className="mt-4 opacity-80">The page you are looking for does not exist or has moved.</p>
      <Link href="/" className="button-primary mt-8 inline-block">Back to the home page</Link>
    </section>
  );
}
